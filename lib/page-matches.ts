/** The pages ClaimLens reads: every web page (it decides itself whether one holds an article). */
export const PAGE_MATCHES = ['http://*/*', 'https://*/*'];
