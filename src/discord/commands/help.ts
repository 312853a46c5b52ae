import { executeCommand } from '../handling/execute.js';
import { slashCommandJson } from '../slash.js';

export const data = slashCommandJson('help');
export const execute = executeCommand('help');
