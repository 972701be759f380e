// The demo page: the widget is defined by importing the library.
import '../src/index.js';
