/**
 * Chapter 3, Management (管理, Art.9–16): management systems, fees and the books, the bank account, staff, disclosure, internal disputes and IP agreements.
 */
package dev.clustergov.core.application.management;
