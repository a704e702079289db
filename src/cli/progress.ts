// A progress bar on stderr, shown only when stderr is a terminal and the run is long enough.
import cliProgress from 'cli-progress';

export interface Progress {
  update(stage: string, done: number, total: number): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, minTotal = 50): Progress {
  if (!stream.isTTY) return { update() {}, stop() {} };
  let bar: cliProgress.SingleBar | null = null;
  let current = '';
  return {
    update(stage, done, total) {
      if (total < minTotal) return;
      if (stage !== current) {
        bar?.stop();
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: `${stage.padEnd(9)} [{bar}] {value}/{total} {eta_formatted}`,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
        current = stage;
      }
      bar?.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
