package org.smartland.data.importer;

/**
 * The life of a {@link StagedBuild}: published at most once, closed at most once, and discarded on close
 * when it was not published. Subclasses say how to publish and how to discard.
 */
abstract class OnceStagedBuild implements StagedBuild {
  private boolean published;
  private boolean closed;

  /** Makes the staged database the published one, atomically. */
  protected abstract void doPublish();

  /** Throws the staged database away; best effort, never throws. */
  protected abstract void discard();

  @Override
  public final void publish() {
    if (published || closed) {
      throw new IllegalStateException("build already " + (published ? "published" : "closed"));
    }
    doPublish();
    published = true;
  }

  @Override
  public final void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (!published) {
      discard();
    }
  }
}
