import { closeSync, fsyncSync, openSync } from 'node:fs';

function flush(path: string, flags: 'r' | 'r+'): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a file's data to the disk. Opened for writing: Windows refuses to flush a file opened read-only. */
export function fsyncFile(file: string): void {
  flush(file, 'r+');
}

/**
 * A rename or a new file survives a power cut only once its folder is flushed too. Windows cannot open a folder as a
 * file, and NTFS journals its renames itself.
 */
export function fsyncDir(dir: string): void {
  if (process.platform !== 'win32') flush(dir, 'r');
}
