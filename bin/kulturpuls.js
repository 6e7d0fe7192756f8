#!/usr/bin/env node
// The built program (`npm run build`, run by `npm install` in a clone; a release ships it built).
await import('../dist/main.js');
