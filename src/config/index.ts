export { loadConfig, ConfigError, type Config } from './load.ts';
export { configMarkdown } from './markdown.ts';
export { settings } from './schema.ts';
