// Pustaka ASIEK in Tasklist: the "Selesaikan" button of a Camunda Form with a dynamic list (sessions and equipment of
// the coordination, removals from the participant list, practice results per group) stays usable.
//
// Why: Tasklist 7.24 disables the button while the form's error state has any key
// (cam-tasklist-form-camunda.js: `!!Object.keys(evt.errors).length`). form-js 1.8.7, the version inside it, writes a
// valid value of a field inside a dynamic list as `set(errors, [fieldId, index], undefined)`, which leaves an empty
// container under the field's id (fixed in later form-js by pruning the path). So after the first edit of any field in
// a list the button stays disabled until "Simpan" happens to reset the errors, with no error shown anywhere.
//
// What: a decorator of Tasklist's own directive (an AngularJS module named in config.js, the extension point Tasklist
// documents for custom scripts). When the form reports errors, the decision waits until form-js has drawn them and is
// kept only if a field shows one (form-js marks it with `fjs-has-errors`). Nothing is trusted to this: completing
// still runs form-js's full validation in the browser, and the server checks every field again (FormRules).
define([], function () {
  'use strict';
  var angular = window.angular;

  angular.module('asiek.tasklist.forms', []).config(['$provide', function ($provide) {
    $provide.decorator('camTasklistFormCamundaDirective', ['$delegate', function ($delegate) {
      var directive = $delegate[0];
      var link = directive.link;
      directive.compile = function () {
        return function (scope, element, attrs, formController) {
          var pending = null;
          var controller = Object.create(formController);
          controller.notifyFormInitializationFailed = function (error) {
            formController.notifyFormInitializationFailed(error);
          };
          controller.notifyFormValidated = function (invalid) {
            if (pending !== null) {
              clearTimeout(pending);
              pending = null;
            }
            formController.notifyFormValidated(invalid);
            if (invalid) {
              // form-js draws its state after the event that carries it
              pending = setTimeout(function () {
                pending = null;
                if (!element[0].querySelector('.fjs-has-errors')) {
                  formController.notifyFormValidated(false);
                }
              }, 50);
            }
          };
          scope.$on('$destroy', function () {
            if (pending !== null) {
              clearTimeout(pending);
            }
          });
          return link.call(this, scope, element, attrs, controller);
        };
      };
      return $delegate;
    }]);
  }]);
});
