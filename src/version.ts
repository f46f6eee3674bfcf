declare const __SG_GUARD_VERSION__: string | undefined;

/** The tool's version, injected at build time from package.json ('0.0.0-dev' when run from source). */
export const VERSION: string = typeof __SG_GUARD_VERSION__ === 'string' ? __SG_GUARD_VERSION__ : '0.0.0-dev';
export const TOOL_NAME = 'sg-guard';
export const TOOL_URI = 'https://github.com/sg-guard/sg-guard';
