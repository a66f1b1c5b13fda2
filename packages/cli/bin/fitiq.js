#!/usr/bin/env node
// Runs the built CLI; `npm start` and `npm run build` produce dist/.
import '../dist/main.js';
