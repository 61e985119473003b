/**
 * The tour ({@link org.interphase.docs.Tour}, the README's run command) and the figures of the guide
 * ({@link org.interphase.docs.Figures}); not part of the library's API.
 */
package org.interphase.docs;
