/**
 * The live dashboard over Server-Sent Events. Several app processes share one PostgreSQL and a scan may land on any of them, so the stream
 * does not listen to an in-process emitter: it polls the database. Each process keeps one poller per meeting, shared by every open stream
 * of that meeting; every `pollMs` it reads one cheap fingerprint row (counts and maxima) and recomputes the figures only when it moved,
 * sending `event: stats` only when they differ from the last sent. Comments (`: ping`) keep proxies from closing a quiet stream.
 */
import type { FastifyReply } from 'fastify';
import type { Db } from '../../db/database';
import { computeStats } from './checkin.live';
import * as q from './checkin.queries';

type Meeting = { id: string; org_id: string; start_at: number };
type Poller = { subscribers: Set<(chunk: string) => void>; last: string | null; lastFigures: string; lastFingerprint: string; timer: NodeJS.Timeout | null; stopped: boolean };

/** Timings of the stream (tests shorten them). */
export type StreamOptions = { pollMs: number; heartbeatMs: number; log?: (err: unknown) => void };

/** One process's live streams: `open` serves a request, `closeAll` ends them when the app shuts down. */
export function statsStreams(db: Db, opts: StreamOptions) {
  const pollers = new Map<string, Poller>();
  const open = new Set<FastifyReply['raw']>();

  const tick = async (meeting: Meeting, p: Poller) => {
    if (p.stopped) return;
    try {
      const now = Date.now();
      // The per-minute series moves every minute and `late` flips at the start, without any row changing.
      const fingerprint = `${JSON.stringify(await q.statsFingerprint(db, meeting.id))}|${Math.floor(now / 60_000)}|${now >= meeting.start_at}`;
      if (fingerprint !== p.lastFingerprint) {
        p.lastFingerprint = fingerprint;
        const stats = await computeStats(db, meeting, now);
        const figures = JSON.stringify({ ...stats, at: 0 });
        if (figures !== p.lastFigures) {
          p.lastFigures = figures;
          p.last = `event: stats\ndata: ${JSON.stringify(stats)}\n\n`;
          for (const send of p.subscribers) send(p.last);
        }
      }
    } catch (err) {
      opts.log?.(err);
    }
    if (!p.stopped) p.timer = setTimeout(() => void tick(meeting, p), opts.pollMs);
  };

  const subscribe = (meeting: Meeting, send: (chunk: string) => void) => {
    let p = pollers.get(meeting.id);
    if (!p) {
      p = { subscribers: new Set(), last: null, lastFigures: '', lastFingerprint: '', timer: null, stopped: false };
      pollers.set(meeting.id, p);
      void tick(meeting, p);
    } else if (p.last) send(p.last);
    p.subscribers.add(send);
    const poller = p;
    return () => {
      poller.subscribers.delete(send);
      if (poller.subscribers.size === 0) {
        poller.stopped = true;
        if (poller.timer) clearTimeout(poller.timer);
        pollers.delete(meeting.id);
      }
    };
  };

  return {
    /** Takes over the reply: headers, the current figures at once, then changes and heartbeats until the client goes away. */
    open(reply: FastifyReply, meeting: Meeting): void {
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      res.write('retry: 3000\n\n');
      open.add(res);
      const unsubscribe = subscribe(meeting, (chunk) => res.write(chunk));
      const heartbeat = setInterval(() => res.write(': ping\n\n'), opts.heartbeatMs);
      const done = () => {
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(res);
        // The client went away: drop the connection too, or the server's close waits for it.
        if (!res.destroyed) res.destroy();
      };
      res.on('close', done);
      res.on('error', done);
    },
    /** Ends every open stream (the server is closing; browsers reconnect to another node). */
    closeAll(): void {
      for (const res of open) res.end();
    },
  };
}
