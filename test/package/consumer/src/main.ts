import 'return-assistant/element';
import { mount } from 'return-assistant';

mount(document.body, { policy: 'imicro', price: 549.99 });
