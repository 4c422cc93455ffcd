/** The helpdesk commands' whole sequence for Freshdesk and Zammad (Zendesk runs in helpdesk.e2e.test.ts). */
import { helpdeskSequence } from './helpdesk-sequence.js';

helpdeskSequence('freshdesk');
helpdeskSequence('zammad');
