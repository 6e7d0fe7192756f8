import { randomInt } from 'node:crypto';
import type { ParticipationEntry, PersonUpsert } from '../../core/ports.js';

/** Fisher–Yates with a cryptographic source: the order of a batch says nothing about the order of votes. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const groupOf = (pulseId: string, sector: string | null) => `${pulseId}\n${sector ?? ''}`;

/**
 * Who took part, held in memory until a group (one pulse, one sector) has `groupSize` people, then
 * written in one shuffled batch. Someone replaying the WAL sees the answers of a sector between two
 * batches and the batch's people, never fewer than `groupSize` of them. What is pending when the
 * process dies is lost: it only steers reminders (see PRIVACY.md and RELIABILITY.md).
 */
export function createParticipationBuffer(writeBatch: (batch: ParticipationEntry[]) => Promise<void>) {
  const groups = new Map<string, ParticipationEntry[]>();
  // Batches on their way to the database still count as pending until written: a reminder asking
  // meanwhile must not take their people for ones who have not answered.
  const writing = new Set<ParticipationEntry[]>();
  const pending = () => [...groups.values(), ...writing].flat();

  function pendingOf(pulseId: string): ParticipationEntry[] {
    return pending().filter((entry) => entry.pulseId === pulseId);
  }

  return {
    async add(entry: ParticipationEntry, groupSize: number): Promise<void> {
      if (!entry.newParticipant) {
        // Someone who took part already: a newer person row replaces the one still waiting with their
        // batch. Otherwise it is not written now at all (the next non-vote contact refreshes it): a row
        // written next to a changed answer would tell whose answer changed.
        for (const group of groups.values()) {
          const pending = group.find((p) => p.person === entry.person);
          if (pending && entry.upsert) pending.upsert = entry.upsert;
        }
        return;
      }
      const key = groupOf(entry.pulseId, entry.sector);
      const group = groups.get(key) ?? [];
      if (group.some((pending) => pending.person === entry.person)) return;
      group.push(entry);
      groups.set(key, group);
      if (group.length < groupSize) return;
      groups.delete(key);
      writing.add(group);
      try {
        await writeBatch(shuffled(group));
      } catch {
        // The votes are stored already; the batch is tried again with the group's next participant.
        groups.set(key, [...group, ...(groups.get(key) ?? [])]);
      } finally {
        writing.delete(group);
      }
    },

    has: (pulseId: string, person: string) => pendingOf(pulseId).some((entry) => entry.person === person),

    people: (pulseId: string) => pendingOf(pulseId).map((entry) => entry.person),

    pulsesOf: (person: string) =>
      pending().flatMap((entry) => (entry.person === person ? [entry.pulseId] : [])),

    /**
     * The pulse closed: participation still pending is no longer needed (reminders are over) and is
     * dropped unwritten. First contacts among them still get their person row; the caller writes those.
     */
    close(pulseId: string): PersonUpsert[] {
      const upserts: PersonUpsert[] = [];
      for (const [key, group] of groups) {
        if (!key.startsWith(`${pulseId}\n`)) continue;
        groups.delete(key);
        for (const entry of group) if (entry.upsert) upserts.push(entry.upsert);
      }
      return upserts;
    },

    forget(person: string): number {
      let removed = 0;
      for (const [key, group] of groups) {
        const kept = group.filter((entry) => entry.person !== person);
        removed += group.length - kept.length;
        if (kept.length > 0) groups.set(key, kept);
        else groups.delete(key);
      }
      return removed;
    },
  };
}
