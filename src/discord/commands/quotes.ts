import { executeCommand } from '../handling/execute.js';
import { slashCommandJson } from '../slash.js';

export const data = slashCommandJson('quotes');
export const execute = executeCommand('quotes');
