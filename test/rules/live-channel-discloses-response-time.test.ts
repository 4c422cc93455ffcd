import { edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const CHAT = `apiVersion: supportops/v1
kind: Channel
metadata:
  name: help-widget
spec:
  mode: async
  medium: chat
  displayName: Help widget
  looksLive: true
  purpose: Quick questions while using the app.
  allowedUses: [Questions]
  entryPoint:
    location: Help widget on app.example.com
    showsResponseTime: false
  slaPolicy: email-sla
  urgentPath: urgent-line
`;
const withWidget = (text = CHAT) => ({ ...edit(starter(), 'people.yaml', 'channels: [email]', 'channels: [email, help-widget]'), 'widget.yaml': text });

ruleTester('live-channel-discloses-response-time', {
  valid: [
    { name: 'async channels that do not look live, and a live phone line', set: starter() },
    { name: 'a live-looking async widget that shows its response time first', set: withWidget(CHAT.replace('showsResponseTime: false', 'showsResponseTime: true')) },
    { name: 'an async widget that does not look live', set: withWidget(CHAT.replace('looksLive: true', 'looksLive: false')) },
    { name: 'a synchronous channel: the customer is answered live', set: edit(starter(), 'channels.yaml', 'location: +44 20 0000 0000\n    showsResponseTime: true', 'location: +44 20 0000 0000\n    showsResponseTime: false') },
  ],
  invalid: [
    {
      name: 'a live-looking async widget that hides its response time, pointing at looksLive too',
      set: withWidget(),
      findings: ["widget.yaml:14:24 error Channel 'help-widget' looks live but replies asynchronously, and its entry point does not say how long replies take. Customers will wait for an answer that is not coming soon. Show the generated disclosure at \"Help widget on app.example.com\" and set showsResponseTime: true."],
      related: [['widget.yaml:9:14 The channel is marked as looking live.']],
    },
    {
      name: 'email restyled to look live without the disclosure',
      set: edit(edit(starter(), 'channels.yaml', 'looksLive: false', 'looksLive: true'), 'channels.yaml', 'location: support@example.com\n    showsResponseTime: true', 'location: support@example.com\n    showsResponseTime: false'),
      findings: ["channels.yaml:14:24 error Channel 'email' looks live but replies asynchronously, and its entry point does not say how long replies take. Customers will wait for an answer that is not coming soon. Show the generated disclosure at \"support@example.com\" and set showsResponseTime: true."],
      related: [['channels.yaml:9:14 The channel is marked as looking live.']],
    },
  ],
});
