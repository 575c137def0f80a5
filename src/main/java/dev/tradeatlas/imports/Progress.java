package dev.tradeatlas.imports;

/** Where a running import is: its phase, and how far it has read. */
interface Progress {

  /** The phases of an import, then how it ended. */
  enum State {
    QUEUED,
    READING,
    VALIDATING,
    WRITING,
    DONE,
    FAILED
  }

  void phase(State state);

  /** Bytes of the (unpacked) file read so far, and data rows. */
  void read(long bytes, int rows);

  Progress NONE =
      new Progress() {
        @Override
        public void phase(State state) {}

        @Override
        public void read(long bytes, int rows) {}
      };
}
