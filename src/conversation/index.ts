/** The conversation layer: the statechart that asks, its questions and its words. It never decides. */
export { createConversationMachine, currentQuestion, faultyAhead, faultyCanChangeIt, interpretAnswer, stateName } from './machine.ts';
export type { ConversationContext, ConversationEvent, ConversationInput, ConversationMachine, NoticeCode } from './machine.ts';
export { startConversation, machineFor, warmUpMachines } from './start.ts';
export type { ConversationActor, StartOptions } from './start.ts';
export { describeDecision, hasCalendarDeadline } from './describe.ts';
export type { ResultView, RefundRow } from './describe.ts';
export { summaryText, calendarFile } from './summary.ts';
export { questionFor, valueLabel, DONT_KNOW } from './questions.ts';
export { dateExample } from './parse.ts';
export type { Question, QuestionKey, Option, AnswerKind } from './questions.ts';
export { decideAhead, openAhead } from './answers.ts';
export type { Answer } from './answers.ts';
export {
  pickLocale,
  preciseLocale,
  localeOf,
  formatMoney,
  formatDate,
  messagesFor,
  fill,
  loadMessages,
  registerMessages,
  registerLanguage,
  directionOf,
  plural,
  LOCALE_NAMES,
} from './i18n.ts';
export type { Language, Locale } from './i18n.ts';
export { hasSavedAnswers, sessionStorageAccess, noStorage, storageKey, SNAPSHOT_VERSION } from './persist.ts';
export type { StorageAccess } from './persist.ts';
