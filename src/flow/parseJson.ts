import { parse as scan, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { lineColumn } from './decodeText.ts';
import { quote } from './problems.ts';

export type JsonParseResult =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; message: string };

/**
 * Parses a flow file as strict JSON. JSON.parse decides what is valid and builds the value — one parser for the
 * validator, the dev server and the build. When it refuses, Microsoft's jsonc-parser (the one VS Code uses) finds
 * where the first problem really is, and the reason is written the way an author fixes it: one short line, never a
 * copy of the file.
 */
export function parseJson(text: string): JsonParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    return locate(source);
  }
}

const SIGNIFICANT = /\S/;

function previousSignificant(text: string, offset: number): { char: string; offset: number } | undefined {
  for (let i = offset - 1; i >= 0; i--) if (SIGNIFICANT.test(text[i])) return { char: text[i], offset: i };
  return undefined;
}

function reason(text: string, error: ParseError): { offset: number; message: string } {
  const token = text.slice(error.offset, error.offset + Math.max(error.length, 1));
  const word = /^[^\s,:{}[\]"]+/.exec(text.slice(error.offset))?.[0] ?? token;
  const before = previousSignificant(text, error.offset);
  // Compared by name: the codes are a const enum, which isolated modules cannot read.
  const code = printParseErrorCode(error.error);
  switch (code) {
    case 'InvalidCommentToken':
      return { offset: error.offset, message: 'comments are not allowed in JSON' };
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if (error.offset >= text.length || text.slice(error.offset).trim() === '') {
        return { offset: error.offset, message: text.trim() === '' ? 'the file is empty' : 'the file ends where a value was expected' };
      }
      if (before?.char === ',' && /^[}\]]/.test(token)) return { offset: before.offset, message: `trailing comma before "${token}"` };
      return { offset: error.offset, message: `expected ${code === 'PropertyNameExpected' ? 'a property name in double quotes' : 'a value'}, got ${quote(word, 20)}` };
    case 'InvalidSymbol':
      if (/^-?(NaN|Infinity)$/.test(word)) return { offset: error.offset, message: `${word} is not a JSON value: write a number or null` };
      if (token.startsWith("'")) return { offset: error.offset, message: 'JSON strings and names need double quotes, not single quotes' };
      if (/^(True|False|Null|TRUE|FALSE|NULL|undefined|None)$/.test(word)) return { offset: error.offset, message: `${quote(word)} is not a JSON value: JSON has true, false and null` };
      if (before && (before.char === '{' || before.char === ',') && /^[A-Za-z_$]/.test(word)) {
        return { offset: error.offset, message: `property names need double quotes: "${word.slice(0, 40)}"` };
      }
      return { offset: error.offset, message: `unexpected ${quote(word, 20)}` };
    case 'CommaExpected':
      if (before && /\d/.test(before.char) && /^\d/.test(token) && text[before.offset] === '0') {
        return { offset: before.offset, message: 'numbers cannot start with a zero' };
      }
      if (before && lineColumn(text, before.offset).line !== lineColumn(text, error.offset).line) {
        return { offset: error.offset, message: `missing comma after the value on line ${lineColumn(text, before.offset).line}` };
      }
      return { offset: error.offset, message: 'missing comma before this' };
    case 'ColonExpected':
      return { offset: error.offset, message: 'missing colon after the property name' };
    case 'CloseBraceExpected':
      return { offset: error.offset, message: error.offset >= text.trimEnd().length ? 'the file ends before an object is closed with "}"' : 'missing comma or "}"' };
    case 'CloseBracketExpected':
      return { offset: error.offset, message: error.offset >= text.trimEnd().length ? 'the file ends before a list is closed with "]"' : 'missing comma or "]"' };
    case 'EndOfFileExpected':
      return { offset: error.offset, message: 'unexpected text after the end of the JSON value (one object per file)' };
    case 'UnexpectedEndOfString':
      return { offset: error.offset, message: 'a string is not closed with a double quote before the end of the line' };
    case 'InvalidCharacter':
      return { offset: error.offset, message: 'a string contains a raw control character (write a tab as \\t, a line break as \\n)' };
    case 'InvalidEscapeCharacter': {
      // The error spans the string; point at the escape itself.
      const bad = /\\(?:u(?![0-9a-fA-F]{4})|[^"\\/bfnrtu])/.exec(text.slice(error.offset, error.offset + error.length + 2));
      const at = bad ? error.offset + bad.index : error.offset;
      return { offset: at, message: `invalid escape ${quote(text.slice(at, at + 2), 10)} in a string (JSON knows \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)` };
    }
    case 'InvalidUnicode':
      return { offset: error.offset, message: 'invalid \\u escape: it needs four hex digits' };
    case 'UnexpectedEndOfNumber':
    case 'InvalidNumberFormat':
      return { offset: error.offset, message: `invalid number ${quote(word, 20)}` };
    default:
      return { offset: error.offset, message: 'invalid JSON here' };
  }
}

function locate(text: string): JsonParseResult {
  const errors: ParseError[] = [];
  scan(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // Where jsonc-parser sees nothing wrong but JSON.parse still refused (should not happen), say so at the start.
  const found = errors[0] ? reason(text, errors[0]) : { offset: 0, message: 'invalid JSON' };
  const { line, column } = lineColumn(text, Math.min(found.offset, text.length));
  return { ok: false, line, column, message: found.message };
}
