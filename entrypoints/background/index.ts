export default defineBackground(() => {
  // Saving and comparing will be wired here; the background owns the database.
});
