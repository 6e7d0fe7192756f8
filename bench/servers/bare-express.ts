// Footprint baseline: express 5 with a /healthz route, started the same way as Kulturpuls (node + tsx).
import express from 'express';
import { listenAndAnnounce } from './listen.js';

await listenAndAnnounce(express());
