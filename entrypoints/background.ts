export default defineBackground(() => {
  // Wired in the foundation step: message router, alarms, toolbar badge.
});
