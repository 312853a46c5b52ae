import { executeCommand } from '../handling/execute.js';
import { slashCommandJson } from '../slash.js';

export const data = slashCommandJson('who-said');
export const execute = executeCommand('who-said');
