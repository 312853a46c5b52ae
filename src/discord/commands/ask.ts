import { executeCommand } from '../handling/execute.js';
import { slashCommandJson } from '../slash.js';

export const data = slashCommandJson('ask');
export const execute = executeCommand('ask');
