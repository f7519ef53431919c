// E-commerce: a first order of running shoes from an online sports retailer,
// from an ad on social media to a second purchase.
import type { PresetSpec } from '../build.ts';

export const eCommercePreset: PresetSpec = {
  id: 'e-commerce',
  title: 'Online running shoes: first order',
  kind: 'current-state',
  persona: {
    name: 'Marco Rossi',
    description: 'Amateur runner, 34, training for his first half marathon',
    goals: ['Find shoes that fit without a store visit', 'Get them before the long run on Saturday'],
    motivations: ['A friend recommended the brand', 'Free returns make trying less risky'],
    frustrations: ['Sizes that differ between brands', 'Surprise shipping costs at checkout', 'Chasing a refund'],
  },
  objectives: [
    'Lift checkout completion on mobile from 52% to 65%',
    'Halve size-related returns',
    'Make the second order happen within 90 days',
  ],
  review: { lastReviewed: '2026-06-30', cadence: 'biannual', owner: 'E-commerce team' },
  stages: [
    {
      name: 'Awareness',
      notes: {
        touchpoints: [
          { text: 'Sees a friend\'s race photo with the shoes', valence: 1, channel: 'social', owner: 'marketing', evidence: 'survey' },
          { text: 'Clicks a sponsored post', valence: 0, channel: 'social', owner: 'marketing', evidence: 'analytics' },
        ],
        thoughts: ['"Are they good for flat feet?"'],
      },
    },
    {
      name: 'Consideration',
      notes: {
        touchpoints: [
          { text: 'Reads reviews filtered by foot type', valence: 2, channel: 'web', owner: 'product', evidence: 'analytics' },
          { text: 'Uses the size finder', valence: -1, channel: 'web', owner: 'product', evidence: 'usability test' },
        ],
        thoughts: ['"Size finder says 43, my usual is 42"'],
        'pain-points': ['Size finder ignores the brand he usually wears'],
        opportunities: [{ text: 'Size finder that compares with shoes he already owns', owner: 'product' }],
      },
    },
    {
      name: 'Purchase',
      notes: {
        touchpoints: [
          { text: 'Checks out on his phone', valence: -2, channel: 'mobile web', owner: 'product', evidence: 'analytics', moment: true },
          { text: 'Pays with a wallet app', valence: 1, channel: 'mobile web', owner: 'product', evidence: 'analytics' },
          { text: 'Order confirmation email', valence: 1, channel: 'email', owner: 'service', evidence: 'survey' },
        ],
        thoughts: ['"Shipping is €6.90? It said free delivery"'],
        'pain-points': ['Free delivery threshold shown only at the last step', 'Account creation forced before payment'],
        opportunities: [
          { text: 'Show the delivery cost on the product page', owner: 'marketing' },
          { text: 'Guest checkout', owner: 'product' },
        ],
      },
    },
    {
      name: 'Delivery',
      notes: {
        touchpoints: [
          { text: 'Tracking link with a 2-hour window', valence: 2, channel: 'sms', owner: 'logistics', evidence: 'support logs' },
          { text: 'Shoes are half a size too small', valence: -2, channel: 'in person', owner: 'product', evidence: 'returns data', moment: true },
        ],
        thoughts: ['"Now I have to queue at the post office"'],
        'pain-points': ['Return label must be printed'],
        opportunities: [{ text: 'QR-code returns at parcel lockers', owner: 'logistics' }],
      },
    },
    {
      name: 'Loyalty',
      notes: {
        touchpoints: [
          { text: 'Refund arrives in 3 days', valence: 1, channel: 'email', owner: 'service', evidence: 'support logs' },
          { text: 'Gets a 10% code for his next order', valence: 0, channel: 'email', owner: 'marketing', evidence: 'analytics' },
        ],
        thoughts: ['"I will order the right size, they were quick"'],
        opportunities: [{ text: 'Remember the corrected size on his profile', owner: 'product' }],
      },
    },
  ],
};
