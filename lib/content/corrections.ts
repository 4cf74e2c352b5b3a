import type { CorrectionSet } from '../detect';
import type { StoredCorrection } from '../corrections/schema';
import { repairSteps } from '../corrections/store';
import { requestIdle, type IdleDeadlineLike } from './idle';

/**
 * The CSM's corrections as a content script applies them: read once at start, followed as
 * they change (a correction made in any tab, the dashboard's undo or reset), and turned into
 * the set the detector applies once per change. The controllers only ask for `set` when they
 * judge and re-judge what they show when `onChange` is called.
 *
 * Building the set uses the shipped model, so it waits until the controller has prepared the
 * detector (`ready`); it then runs in an idle task of its own, never inside a frame or a
 * slice of comment reading.
 */
export interface CorrectionsSource {
  /** The stored value as it is: it is checked here, an entry at a time, in idle slices. */
  load: () => Promise<unknown>;
  watch: (callback: (raw: unknown) => void) => () => void;
  /** The set the detector applies, built a step at a time (lib/corrections/detector.ts: correctionSetStepsOf). */
  build: (entries: readonly StoredCorrection[]) => Generator<void, CorrectionSet>;
  /** Runs work when the page is idle (lib/content/idle.ts). */
  idle?: (work: (deadline: IdleDeadlineLike) => void) => void;
}

export class ContentCorrections {
  /** The entries read; null while (re)reading the stored value. */
  private entries: StoredCorrection[] | null = null;
  private current: CorrectionSet | undefined;
  /** Changes received: a load that answers after a watched change is older and is dropped. */
  private received = 0;
  private buildable = false;
  /** The set was built once since start (later builds are changes to re-judge). */
  private built = false;
  private buildQueued = false;
  private running = false;
  private unwatch: (() => void) | null = null;
  private stopReading: (() => void) | null = null;
  private stopBuilding: (() => void) | null = null;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly source: CorrectionsSource,
    /** The set changed after it was first built: re-judge what is shown. */
    private readonly onChange: () => void,
  ) {}

  /** Reads the stored corrections and follows their changes. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.unwatch = this.source.watch((raw) => this.receive(raw));
    const asked = this.received;
    void this.source.load().then(
      (raw) => asked === this.received && this.receive(raw),
      () => asked === this.received && this.receive(undefined),
    );
  }

  /**
   * Resolves once the corrections are read and their set built. Call it once the detector is
   * prepared: judging before it resolves would show verdicts the CSM already corrected (and
   * could record a comment they said is not a complaint).
   */
  ready(): Promise<void> {
    this.buildable = true;
    if (this.entries && this.built) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      if (this.entries) this.queueBuild();
    });
  }

  stop(): void {
    this.running = false;
    this.buildable = false;
    try {
      this.unwatch?.();
    } catch {
      // The extension context may already be gone.
    }
    this.unwatch = null;
    this.stopReading?.();
    this.stopReading = null;
    this.cancelBuild();
    this.entries = null;
    this.current = undefined;
    this.built = false;
    this.waiting = [];
  }

  /** What the detector applies now (undefined before it is built, or when there are none). */
  get set(): CorrectionSet | undefined {
    return this.current;
  }

  /** The stored correction with this id (the one that decided a verdict, for "Corrected by you"). */
  find(id: string | undefined): StoredCorrection | null {
    return (id && this.entries?.find((e) => e.correction.id === id)) || null;
  }

  private receive(raw: unknown): void {
    if (!this.running) return;
    this.received++;
    this.stopReading?.();
    this.cancelBuild();
    this.entries = null;
    // Checked an entry at a time: a thousand corrections take tens of milliseconds to check.
    this.stopReading = stepsWhenIdle(repairSteps(raw), this.source.idle, (result) => {
      this.stopReading = null;
      // A damaged stored value still gives its valid entries; the background keeps the rest
      // aside the next time it writes, and the dashboard says what was skipped.
      if (result.problem) console.warn('Tactful: some stored corrections could not be read.', result.problem);
      this.entries = result.value.entries;
      if (this.buildable) this.queueBuild();
    });
  }

  private queueBuild(): void {
    if (this.buildQueued) return;
    this.buildQueued = true;
    const entries = this.entries!;
    // A step at a time (the set's index, then each pass of its fit): a thousand corrections
    // take tens of milliseconds to build in one piece.
    this.stopBuilding = stepsWhenIdle(
      guardedBuild(entries.length ? () => this.source.build(entries) : null),
      this.source.idle,
      (built) => this.finishBuild(entries, built),
    );
  }

  private finishBuild(entries: StoredCorrection[], built: CorrectionSet | undefined): void {
    this.buildQueued = false;
    this.stopBuilding = null;
    // A newer value is being read: its own build follows.
    if (!this.running || this.entries !== entries) return;
    this.current = built;
    const first = !this.built;
    this.built = true;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
    if (!first) this.onChange();
  }

  private cancelBuild(): void {
    this.stopBuilding?.();
    this.stopBuilding = null;
    this.buildQueued = false;
  }
}

/** The build's steps; a failure ends them without a set (Tactful's own judgement is better than no verdict). */
function* guardedBuild(
  build: (() => Generator<void, CorrectionSet>) | null,
): Generator<void, CorrectionSet | undefined> {
  if (!build) return undefined; // none stored
  try {
    return yield* build();
  } catch (err) {
    console.error('Tactful could not apply the stored corrections.', err);
    return undefined;
  }
}

/** Runs a generator's steps in idle slices, then hands its result to `done`. Returns a function that stops it. */
function stepsWhenIdle<R>(
  steps: Generator<void, R>,
  idle: CorrectionsSource['idle'],
  done: (result: R) => void,
): () => void {
  const each = (function* () {
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return done(step.value);
      yield;
    }
  })();
  return forEachWhenIdle(each, () => {}, { idle });
}

/**
 * Calls `work` for each item in idle slices of at most `sliceMs`, so re-judging a long
 * comment list never blocks the page in one piece. Returns a function that stops it.
 */
export function forEachWhenIdle<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  options: { sliceMs?: number; done?: () => void; idle?: (cb: (d: IdleDeadlineLike) => void) => void } = {},
): () => void {
  const iterator = items[Symbol.iterator]();
  const idle = options.idle ?? requestIdle;
  const sliceMs = options.sliceMs ?? 8;
  let stopped = false;
  const step = (deadline: IdleDeadlineLike) => {
    if (stopped) return;
    const budget = deadline.didTimeout ? sliceMs : Math.min(sliceMs, Math.max(1, deadline.timeRemaining()));
    const started = performance.now();
    for (;;) {
      const next = iterator.next();
      if (next.done) return options.done?.();
      work(next.value);
      if (performance.now() - started >= budget) break;
    }
    idle(step);
  };
  idle(step);
  return () => {
    stopped = true;
  };
}
