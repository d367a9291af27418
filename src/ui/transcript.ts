/** The transcript as a list of messages, read from the conversation's context (no rule here: it only words what happened). */
import { currentQuestion, fill, messagesFor, questionFor } from '../conversation/index.ts';
import type { ConversationContext, QuestionKey } from '../conversation/index.ts';
import { factsFrom } from '../conversation/answers.ts';
import { wordsFor } from '../conversation/questions.ts';

export interface Message {
  id: string;
  from: 'assistant' | 'shopper';
  text: string;
  /** On a shopper's answer: the question it answers, so it can be changed. */
  answers?: QuestionKey;
  tone?: 'notice' | 'problem';
}

export function transcriptOf(context: ConversationContext): Message[] {
  const messages = messagesFor(context.locale);
  const words = wordsFor(context.policy, context.locale);
  const list: Message[] = [{ id: 'greeting', from: 'assistant', text: fill(messages.greeting, words) }];
  context.answers.forEach((answer, index) => {
    const question = questionFor(answer.key, context.policy, factsFrom(context.policy, context.hostFacts, context.answers.slice(0, index)), context.locale);
    list.push({ id: `q-${answer.key}`, from: 'assistant', text: question.text });
    list.push({ id: `a-${answer.key}`, from: 'shopper', text: answer.display, answers: answer.key });
  });
  const question = currentQuestion(context);
  if (question) {
    if (context.reAsk)
      list.push({ id: `reask-${question.key}`, from: 'assistant', text: fill(messages.reAsk[context.reAsk.code], context.reAsk.params), tone: 'problem' });
    list.push({ id: `q-now-${question.key}`, from: 'assistant', text: question.text });
    const { doubt } = context;
    if (doubt) {
      list.push({ id: `doubted-${question.key}`, from: 'shopper', text: doubt.answer.display });
      list.push({ id: `doubt-${question.key}`, from: 'assistant', text: fill(messages.doubts[doubt.code], doubt.params) });
    }
  }
  return list;
}
