// Service blueprint: renewing a passport at a city service centre, with the
// people, processes, policies and technology behind each step.
import type { PresetSpec } from '../build.ts';

export const serviceBlueprintPreset: PresetSpec = {
  id: 'service-blueprint',
  title: 'Passport renewal: service blueprint',
  kind: 'service-blueprint',
  persona: {
    name: 'Aïcha Benali',
    description: 'Nurse on rotating shifts, renewing her passport before a family trip',
    goals: ['Renew in one visit', 'Have the passport within three weeks'],
    motivations: ['Flights are already booked', 'Her shifts leave few weekday mornings free'],
    frustrations: ['Appointment slots only during office hours', 'Not knowing which documents to bring', 'No news after applying'],
  },
  objectives: [
    'Cut repeat visits for missing documents by half',
    'Show which backstage steps cause the 3-week wait',
    'Find what the front desk needs from support systems',
    'Decide what to automate first',
  ],
  review: { lastReviewed: '2026-01-20', cadence: 'annual', owner: 'Service design' },
  stages: [
    {
      name: 'Book appointment',
      notes: {
        touchpoints: [{ text: 'Books a slot on the city website', valence: -1, channel: 'web', owner: 'digital services', evidence: 'analytics' }],
        frontstage: ['Booking page with document checklist'],
        backstage: ['Slot calendar synced every night from the centre\'s rota'],
        support: ['Booking system (vendor SaaS)', 'Policy: slots released 4 weeks ahead'],
        'pain-points': ['No evening or weekend slots'],
        opportunities: [{ text: 'Two late-opening evenings a week', owner: 'operations' }],
      },
    },
    {
      name: 'Visit the centre',
      notes: {
        touchpoints: [
          { text: 'Takes a ticket and waits', valence: -1, channel: 'in person', owner: 'operations', evidence: 'observation' },
          { text: 'Photo and fingerprints at the desk', valence: 1, channel: 'in person', owner: 'operations', evidence: 'survey', moment: true },
        ],
        frontstage: ['Agent checks documents and the old passport', 'Agent takes biometrics'],
        backstage: ['Identity check against the national register'],
        support: ['Biometric kiosk', 'Register API (national agency)'],
        'pain-points': ['Sent home for a missing proof of address'],
        opportunities: [{ text: 'Reminder SMS with her personal document list', owner: 'digital services' }],
      },
    },
    {
      name: 'Processing',
      notes: {
        touchpoints: [{ text: 'Waits with no status update', valence: -2, channel: 'none', owner: 'operations', evidence: 'support logs' }],
        frontstage: ['Call centre answers "where is my passport?"'],
        backstage: ['File sent to the national printing office in a daily batch', 'Quality check of the photo'],
        support: ['Batch transfer job', 'Policy: printing within 15 working days'],
        'pain-points': ['30% of calls to the centre are status questions'],
        opportunities: [{ text: 'Status page and SMS at each step', owner: 'digital services' }],
      },
    },
    {
      name: 'Collect passport',
      notes: {
        touchpoints: [{ text: 'Collects the passport without an appointment', valence: 2, channel: 'in person', owner: 'operations', evidence: 'survey', moment: true }],
        frontstage: ['Agent checks her identity and hands over the passport'],
        backstage: ['Old passport cancelled in the register'],
        support: ['Collection desk open until 7 pm'],
        opportunities: [{ text: 'Optional delivery by registered mail', owner: 'operations' }],
      },
    },
  ],
};
