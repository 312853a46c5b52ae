import { executeCommand } from '../handling/execute.js';
import { slashCommandJson } from '../slash.js';

export const data = slashCommandJson('sources');
export const execute = executeCommand('sources');
