/** A fake OpenAI-compatible server and recorded answers, for tests of this package and of the server. */
export * from './fake-openai-server.js';
export * from './recorded-responses.js';
