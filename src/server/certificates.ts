import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Certificate } from '../core/api';
import { certifiedScenarios } from '../core/certificates';
import type { Db } from './db/database';
import { assignments, attempts, certificates, teams, users } from './db/schema';
import { STORED_ATTEMPT, storedAttempt } from './review-data';
import type { StoryLibrary } from './stories';

/**
 * Certificates: issued in the transaction that stores the run completing an assessment
 * assignment (core decides when), once per trainee and assignment, and kept from then on.
 * Anyone with the code can verify one, so the code is 128 random bits.
 */

export const newCertificateCode = (): string => randomBytes(16).toString('base64url');
const CODE_SHAPE = /^[A-Za-z0-9_-]{22}$/;
export const isCertificateCode = (code: string): boolean => CODE_SHAPE.test(code);

/** Issues the trainee's certificate for the assignment if their runs now earn it and they have none yet. */
export async function issueCertificateIfEarned(db: Db, library: StoryLibrary, assignment: typeof assignments.$inferSelect, userId: string, now: Date): Promise<void> {
  const [held] = await db
    .select({ code: certificates.code })
    .from(certificates)
    .where(and(eq(certificates.userId, userId), eq(certificates.assignmentId, assignment.id)));
  if (held) return;
  const rows = await db
    .select(STORED_ATTEMPT)
    .from(attempts)
    .where(and(eq(attempts.assignmentId, assignment.id), eq(attempts.userId, userId)))
    .orderBy(asc(attempts.receivedAt));
  const certified = certifiedScenarios(assignment, rows.map(storedAttempt));
  if (!certified) return;
  const [team] = await db.select({ name: teams.name }).from(teams).where(eq(teams.id, assignment.teamId));
  await db
    .insert(certificates)
    .values({
      code: newCertificateCode(),
      userId,
      assignmentId: assignment.id,
      teamName: team?.name ?? '',
      passMark: assignment.passMark,
      scenarios: certified.map(({ storyId, attempt }) => ({
        storyId,
        title: library.get(storyId)?.header.title ?? storyId,
        attemptId: attempt.id,
        score: attempt.score,
        finishedAt: attempt.finishedAt,
      })),
      issuedAt: now,
    })
    .onConflictDoNothing({ target: [certificates.userId, certificates.assignmentId] });
}

export const certificateQuery = (db: Db) =>
  db.select({ certificate: certificates, trainee: { id: users.id, name: users.name } }).from(certificates).innerJoin(users, eq(users.id, certificates.userId));

export const certificateOf = ({ certificate, trainee }: Awaited<ReturnType<typeof certificateQuery>>[number]): Certificate => ({
  code: certificate.code,
  trainee,
  assignmentId: certificate.assignmentId,
  teamName: certificate.teamName,
  passMark: certificate.passMark,
  scenarios: certificate.scenarios,
  issuedAt: certificate.issuedAt.toISOString(),
});
