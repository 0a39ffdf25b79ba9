/** Set by the build (vite.config.ts `define`): the package version and the commit it was built at. */
declare const __LAB_VERSION__: string;

export const LAB_VERSION: string = typeof __LAB_VERSION__ === 'string' ? __LAB_VERSION__ : 'dev';
