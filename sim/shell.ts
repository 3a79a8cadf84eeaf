// Words for a POSIX shell: the replay commands AeroSim prints are pasted as they are, so a
// scenario path or repro name with a space, a quote or a ';' must not become another command.

/** Text for a terminal: control characters (ANSI escapes from a system under test or a
 * scenario file, say) removed; newlines and tabs kept. */
export function forTerminal(text: string): string {
  // biome-ignore lint: control characters are what is being removed
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** A word as is when it is safe, else in single quotes. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
