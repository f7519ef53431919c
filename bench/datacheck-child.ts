// Runs `journey-map datacheck` in this process and reports, as one JSON line
// on stderr, its CPU time and peak resident memory (the parent times the wall).
import { main } from '../src/cli/main.ts';

const cpu = process.cpuUsage();
const code = await main(process.argv.slice(2));
const used = process.cpuUsage(cpu);
process.stderr.write(`${JSON.stringify({ code, cpuMs: (used.user + used.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
