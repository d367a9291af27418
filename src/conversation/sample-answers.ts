/**
 * Answers to try at a question, for walking every path of a conversation: every option; for dates, days 0–2 and
 * 29–31 ago (either side of the usual windows); times either side of 15:00; weights either side of 30 lb. Used by
 * the model-based tests, `npm run bench:conversation` and the policy studio's question counts.
 */
import { addDays, localDateAt } from '../policy/index.ts';
import { currentQuestion } from './machine.ts';
import type { ConversationContext } from './machine.ts';

/** @example representativeAnswers(snapshot.context) // ['changed-mind', 'defective', …] at the first question */
export function representativeAnswers(context: ConversationContext): (string | boolean)[] {
  const question = currentQuestion(context);
  if (!question) return [];
  const today = localDateAt(context.now, context.timeZone);
  switch (question.kind) {
    case 'choice':
      return question.options.map((option) => option.value);
    case 'date':
      return [0, 1, 2, 29, 30, 31].map((days) => addDays(today, -days));
    case 'time':
      return ['09:00', '14:59', '15:00', '23:30'];
    case 'amount':
      return ['129.99'];
    case 'weight':
      return ['30 lb', '31 lb'];
    case 'number':
      return ['1'];
  }
}
