import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export interface Machine {
  cpuModel: string;
  nproc: number;
  memory: string;
  node: string;
  platform: string;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    return line?.split(':')[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

function freeH(): string {
  try {
    const out = execFileSync('free', ['-h'], { encoding: 'utf8' });
    const mem = out.split('\n').find((l) => l.startsWith('Mem:'));
    const [, total, used, free] = mem?.split(/\s+/) ?? [];
    return `${total} total, ${used} used, ${free} free (free -h)`;
  } catch {
    return `${(totalmem() / 2 ** 30).toFixed(1)} GiB total`;
  }
}

function nproc(): number {
  try {
    return Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch {
    return cpus().length;
  }
}

export function describeMachine(): Machine {
  return {
    cpuModel: cpuModel(),
    nproc: nproc(),
    memory: freeH(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
