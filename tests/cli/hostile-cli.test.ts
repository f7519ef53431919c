// The command line against input an attacker or a careless user gives it:
// command names that are Object.prototype keys, files in another encoding.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { decodeUtf8, nodeIO } from '../../src/cli/node-io.ts';
import { fakeIO } from './fake-io.ts';

describe('journey-map, hostile command names', () => {
  it.each(['__proto__', 'valueOf', 'hasOwnProperty', 'constructor', 'toString', '__defineGetter__'])('%s is an unknown command: one line, exit 2', async (name) => {
    const run = fakeIO();
    expect(await main([name], run.io)).toBe(2);
    expect(run.err()).toBe(`journey-map: unknown command "${name}". Commands: template, check, recolor, export, pull, datacheck, compare. See journey-map --help.\n`);
  });
});

describe('journey-map, files that are not UTF-8', () => {
  const dir = mkdtempSync(join(tmpdir(), 'journey-map-'));
  // "Café" in Latin-1: the é is the single byte 0xE9, invalid on its own in UTF-8.
  const latin1 = join(dir, 'latin1.json');
  writeFileSync(latin1, Buffer.concat([Buffer.from('{"version":1,"items":[{"id":"s","type":"sticky_note","x":0,"y":0,"width":10,"height":10,"content":"Caf'), Buffer.from([0xe9]), Buffer.from('"}]}')]));
  const io = () => {
    const run = fakeIO();
    run.io.readFile = nodeIO.readFile;
    return run;
  };

  it.each([
    ['recolor', [latin1]],
    ['check', [latin1]],
    ['export', [latin1, '--format', 'json']],
  ])('%s refuses it in one line, exit 2', async (command, args) => {
    const run = io();
    expect(await main([command, ...args], run.io)).toBe(2);
    expect(run.out()).toBe('');
    expect(run.err()).toBe(`journey-map ${command}: cannot read ${latin1}: not UTF-8 text (byte 0xE9 at offset 102); save the file as UTF-8\n`);
  });

  it('reads UTF-8 with or without a byte-order mark', async () => {
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, `\uFEFF${JSON.stringify({ version: 1, items: [] })}`);
    expect(await nodeIO.readFile(bom)).toBe('{"version":1,"items":[]}');
  });
});

describe('decodeUtf8', () => {
  it.each([
    [[0x61, 0x80, 0x62], 'byte 0x80 at offset 1'],
    [[0x61, 0x62, 0xc3], 'byte 0xC3 at offset 2'],
    [[0xff, 0xfe, 0x61, 0x00], 'byte 0xFF at offset 0'],
    [[0x61, 0xe2, 0x82, 0x41], 'byte 0xE2 at offset 1'],
  ])('names the first bad byte of %j', (bytes, where) => {
    expect(() => decodeUtf8(new Uint8Array(bytes))).toThrow(`not UTF-8 text (${where}); save the file as UTF-8`);
  });
});
