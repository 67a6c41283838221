// The place this build serves: its directory, outcomes, learn pages and kiosk defaults. Another
// county puts its folder beside boulderCounty/ and changes the folder name here and in
// currentPlace.ts (README: Adapt it for another place).
export { jurisdiction } from './boulderCounty/jurisdiction';
