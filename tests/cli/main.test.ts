// `journey-map` itself: the command list, unknown commands, unexpected failures.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { fakeIO } from './fake-io.ts';

describe('journey-map', () => {
  it('without a command prints the overview and exits 2; --help exits 0', async () => {
    const bare = fakeIO();
    expect(await main([], bare.io)).toBe(2);
    expect(bare.out()).toMatch(/^Usage: journey-map <command> \[options\]\n\nCommands:\n {2}template {2}.+\n {2}check {5}.+\n {2}recolor {3}.+\n {2}export {4}.+\n/);
    const help = fakeIO();
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.out()).toBe(bare.out());
  });

  it('names the commands when given an unknown one, exit 2', async () => {
    const run = fakeIO();
    expect(await main(['draw'], run.io)).toBe(2);
    expect(run.err()).toBe('journey-map: unknown command "draw". Commands: template, check, recolor, export, pull, datacheck, compare. See journey-map --help.\n');
  });

  it('reports an unexpected failure as one "failed:" line, exit 2', async () => {
    const run = fakeIO();
    run.io.writeFile = async (path) => {
      throw new Error(`EACCES: permission denied, open '${path}'`);
    };
    expect(await main(['template', 'blank', '-o', 'locked.json'], run.io)).toBe(2);
    expect(run.err()).toBe("journey-map template: failed: EACCES: permission denied, open 'locked.json'\n");
  });
});
