/**
 * Whatever a bench starts (brokers, Sitrep processes, scratch databases) registers how to undo it
 * here, so Ctrl-C or a failure still stops every process and drops every database, newest first.
 */
type Undo = { name: string; run: () => Promise<void> };

const undos: Undo[] = [];
let installed = false;

export function onCleanup(name: string, run: () => Promise<void>): () => void {
  install();
  const undo = { name, run };
  undos.push(undo);
  return () => {
    const i = undos.indexOf(undo);
    if (i >= 0) undos.splice(i, 1);
  };
}

let running: Promise<void> | undefined;

/** Undoes everything registered; a second caller (a signal during a failing run) waits for the first. */
export function cleanupAll(): Promise<void> {
  running ??= (async () => {
    while (undos.length > 0) {
      const undo = undos.pop() as Undo;
      try {
        await undo.run();
      } catch (error) {
        process.stderr.write(`bench: cleanup of ${undo.name} failed: ${String(error)}\n`);
      }
    }
  })().finally(() => (running = undefined));
  return running;
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`bench: ${signal}, cleaning up\n`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
}
