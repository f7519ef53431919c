// B2B SaaS, from free trial to renewal: an operations lead evaluating a
// scheduling tool for a 40-person field team.
import type { PresetSpec } from '../build.ts';

export const b2bSaasPreset: PresetSpec = {
  id: 'b2b-saas',
  title: 'Field scheduling SaaS: trial to renewal',
  kind: 'current-state',
  persona: {
    name: 'Priya Shah',
    description: 'Operations lead at a 40-person HVAC service company',
    goals: ['Cut double-booked jobs to zero', 'Get technicians their day plan on their phones by 7 am', 'Prove the tool pays for itself before renewal'],
    motivations: ['Her team loses two hours a day to rescheduling calls', 'The owner wants fewer angry customer calls'],
    frustrations: ['Tools that need a consultant to set up', 'Per-seat pricing that punishes seasonal hires', 'Support that answers in days, not hours'],
  },
  objectives: [
    'Raise trial-to-paid conversion from 18% to 25%',
    'Find where trial users stall before their first scheduled job',
    'Understand why 1 in 5 customers does not renew',
    'Give every negative moment an owner and an opportunity',
  ],
  review: { lastReviewed: '2026-09-15', cadence: 'quarterly', owner: 'Customer success' },
  stages: [
    {
      name: 'Trial sign-up',
      notes: {
        touchpoints: [
          { text: 'Finds us through a comparison article', valence: 1, channel: 'search', owner: 'marketing', evidence: 'analytics' },
          { text: 'Signs up with work email, no card needed', valence: 2, channel: 'web', owner: 'product', evidence: 'analytics' },
        ],
        thoughts: ['"Will this work with our existing job codes?"'],
        'pain-points': ['Sign-up asks for company size before showing anything'],
        opportunities: [{ text: 'Show a sample schedule before asking questions', owner: 'product' }],
      },
    },
    {
      name: 'Onboarding',
      notes: {
        touchpoints: [
          { text: 'Imports technicians from a spreadsheet', valence: -2, channel: 'web', owner: 'product', evidence: 'support tickets', moment: true },
          { text: 'Welcome email with setup checklist', valence: 0, channel: 'email', owner: 'marketing', evidence: 'analytics' },
          { text: 'Books a setup call with a success manager', valence: 1, channel: 'video call', owner: 'customer success', evidence: 'interview' },
        ],
        thoughts: ['"I do not have time to clean this CSV"'],
        'pain-points': ['Import rejects the whole file for one bad row', 'Skills and regions must be typed by hand'],
        opportunities: [{ text: 'Row-by-row import errors with fix-in-place', owner: 'product' }],
      },
    },
    {
      name: 'First value',
      notes: {
        touchpoints: [
          { text: 'Schedules the first real week of jobs', valence: 1, channel: 'web', owner: 'product', evidence: 'analytics', moment: true },
          { text: 'Technicians get the day plan in the mobile app', valence: 2, channel: 'mobile app', owner: 'product', evidence: 'survey' },
        ],
        thoughts: ['"This is the first Monday without a phone marathon"'],
        'pain-points': ['Drag-and-drop on the tablet is fiddly'],
        opportunities: [{ text: 'Auto-fill the week from last week\'s pattern', owner: 'product' }],
      },
    },
    {
      name: 'Purchase',
      notes: {
        touchpoints: [
          { text: 'Trial-ending email with plan comparison', valence: -1, channel: 'email', owner: 'sales', evidence: 'analytics' },
          { text: 'Asks sales about seasonal seats', valence: -1, channel: 'phone', owner: 'sales', evidence: 'call recordings' },
        ],
        thoughts: ['"Why pay for 40 seats in January?"'],
        'pain-points': ['Pricing page hides the seasonal option'],
        opportunities: [{ text: 'Publish flexible seasonal seats on the pricing page', owner: 'sales' }],
      },
    },
    {
      name: 'Renewal',
      notes: {
        touchpoints: [
          { text: 'Quarterly business review with usage report', valence: 1, channel: 'video call', owner: 'customer success', evidence: 'interview' },
          { text: 'Renewal invoice arrives', valence: 0, channel: 'email', owner: 'finance', evidence: 'support tickets' },
        ],
        thoughts: ['"Can I show the owner the hours we saved?"'],
        'pain-points': ['No report of time saved to justify the cost'],
        opportunities: [{ text: 'Time-saved report sent before the renewal date', owner: 'customer success' }],
      },
    },
  ],
};
