/** A small spinner; decorative, so the text beside it must say what is happening. */
export const Spinner = () => <span className="spinner" aria-hidden="true" />;
