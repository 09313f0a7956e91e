import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { flowFromSequence, flowIdOf, isMessage, mermaidBlocks, type MermaidBlock } from '../src/flow/fromSequence.ts';
import { validateFlowSources, type SourceFile } from '../src/flow/validate.ts';
import { importTarget, parseImportArgs, plural, shown, usageErrorFor } from './importCli.ts';
import { NotASequenceDiagramError, parseSequenceDiagram, SequenceSyntaxError } from './mermaidNode.ts';

const USAGE = 'usage: npm run import-mermaid -- <file.md|file.mmd>... --system <id> [--force] [--out <dir>]';
const MARKDOWN = ['.md', '.markdown'];
const MERMAID = ['.mmd', '.mermaid'];

const usageError = usageErrorFor(USAGE);

/** Files named on the command line; patterns are expanded here too, for shells that do not. */
async function inputFiles(args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const matches = existsSync(arg) ? [arg] : await glob(arg, { onlyFiles: true, expandDirectories: false });
    if (matches.length === 0) usageError(`no such file: ${arg}`);
    for (const file of matches.sort()) {
      if (!statSync(file).isFile() || ![...MARKDOWN, ...MERMAID].includes(extname(file).toLowerCase())) {
        usageError(`${arg}: expected a Markdown (.md) or Mermaid (.mmd) file`);
      }
      if (!files.includes(resolve(file))) files.push(resolve(file));
    }
  }
  return files;
}

/** The diagrams of one file, each with the line its text starts on. */
function blocksOf(file: string): (MermaidBlock & { heading: string; firstLine: number })[] {
  const text = readFileSync(file, 'utf8');
  const stem = basename(file, extname(file));
  if (MERMAID.includes(extname(file).toLowerCase())) return [{ line: 1, firstLine: 1, heading: stem, text }];
  return mermaidBlocks(text).map((block) => ({ ...block, heading: block.heading ?? stem, firstLine: block.line + 1 }));
}

async function main(): Promise<number> {
  const { values, positionals } = parseImportArgs(usageError);
  if (positionals.length === 0) usageError('name a Markdown or Mermaid file to import');
  const { outDir, read, system } = importTarget(values, usageError);
  let sources = read.flows;

  const files = await inputFiles(positionals);
  const takenIds = new Set<string>();
  let imported = 0;
  let skipped = 0;
  let failed = false;
  for (const path of files) {
    const file = shown(path);
    const blocks = blocksOf(path);
    if (blocks.length === 0) console.error(`${file}: no \`\`\`mermaid blocks`);
    for (const block of blocks) {
      const where = `${file}:${block.line}`;
      // A broken diagram keeps its id, so fixing it later does not shift the ids of the diagrams below it.
      const reserveId = () => takenIds.add(flowIdOf(system.id, block.heading, takenIds));
      const skip = (reasons: string | string[], isFailure = true) => {
        for (const reason of [reasons].flat()) console.error(`${where}: ${reason}`);
        skipped += 1;
        failed ||= isFailure;
      };
      let diagram;
      try {
        diagram = await parseSequenceDiagram(block.text);
      } catch (error) {
        if (error instanceof NotASequenceDiagramError) skip(`${error.message}: skipped`, false);
        else if (error instanceof SequenceSyntaxError) {
          reserveId();
          const at = error.line === undefined ? '' : `line ${block.firstLine + error.line - 1}: `;
          skip(`Mermaid cannot parse this sequenceDiagram: ${at}${error.reason}`);
        } else skip(`Mermaid cannot read this block: ${(error as Error).message}`);
        continue;
      }
      if (!diagram.messages.some((m) => isMessage(m.lineType))) {
        reserveId();
        skip('sequenceDiagram without messages: nothing to import');
        continue;
      }

      const flow = flowFromSequence(diagram, { system: system.id, heading: block.heading, file, line: block.line, illustrative: system.illustrative }, takenIds);
      takenIds.add(flow.id);
      const target = join(outDir, `${flow.id}.json`);
      const exists = existsSync(target);
      if (exists && !values.force) {
        skip(`flow '${flow.id}' exists at ${shown(target)}: skipped (use --force to overwrite)`);
        continue;
      }
      const candidate: SourceFile = { file: shown(target), text: `${JSON.stringify(flow, null, 2)}\n` };
      const others = sources.filter((s) => resolve(s.file) !== target);
      const problems = validateFlowSources([...others, candidate], read.systems).problems.filter((p) => resolve(p.file) === target);
      if (problems.length > 0) {
        skip(problems.map((p) => `flow '${flow.id}' does not pass validation: ${p.place}: ${p.message}`));
        continue;
      }
      writeFileSync(target, candidate.text);
      sources = [...others, candidate];
      imported += 1;
      const size = `${plural(flow.participants.length, 'participant')}, ${plural(flow.steps.length, 'step')}`;
      console.log(`${where}: wrote ${candidate.file} (${size})${exists ? ', overwriting the previous file' : ''}`);
    }
  }
  console.log(`imported ${imported} flows, skipped ${skipped} blocks`);
  return imported > 0 && !failed ? 0 : 1;
}

process.exitCode = await main();
