export const CHROMIUM_EXECUTABLE: string | undefined;
export const CHROMIUM_ARGS: string[];
