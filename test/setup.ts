/** Unit tests read both catalogues synchronously; the widget loads just the shopper's. */
import { registerMessages } from '../src/conversation/i18n.ts';
import { en } from '../src/conversation/messages/en.ts';
import { es } from '../src/conversation/messages/es.ts';

registerMessages('en', en);
registerMessages('es', es);
