/** Command-line arguments: positionals, `--flag` booleans and `--name value` options. */
export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
  /** Options given without their value, or not known. */
  errors: string[];
}

/** Parses argv for the authoring scripts; `valued` names the options that take a value. */
export function parseArgs(argv: string[], valued: string[], booleans: string[]): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), options: new Map(), errors: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s) : [undefined, undefined];
    if (name === undefined) parsed.positionals.push(arg);
    else if (booleans.includes(name)) parsed.flags.add(name);
    else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) parsed.errors.push(`--${name} cần một giá trị / needs a value`);
      else parsed.options.set(name, value);
    } else parsed.errors.push(`tùy chọn không biết / unknown option: ${arg}`);
  }
  return parsed;
}
