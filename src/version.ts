declare const __SG_GUARD_VERSION__: string;

/** The tool's version, injected at build time from package.json. */
export const VERSION: string = __SG_GUARD_VERSION__;
export const TOOL_NAME = 'sg-guard';
export const TOOL_URI = 'https://github.com/sg-guard/sg-guard';
