import { addDocs, edit, exampleSet, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const SECOND_ROLE = 'apiVersion: supportops/v1\nkind: Role\nmetadata:\n  name: support-agent\nspec:\n  category: tier1-async\n  description: A second definition of the same role.\n';

ruleTester('no-duplicate-names', {
  valid: [
    { name: 'unique names within each kind (the example organisation)', set: exampleSet() },
    { name: 'the same name in two kinds: the starter has a tag and a trigger named "outage"', set: starter() },
  ],
  invalid: [
    {
      name: 'a second document of one kind and name in the same file, pointing at the first',
      set: addDocs(starter(), 'people.yaml', SECOND_ROLE),
      findings: ["people.yaml:46:9 error There is already a Role named 'support-agent' (people.yaml). Rename one of them or merge them."],
      related: [["people.yaml:4:9 The first Role named 'support-agent' is defined here."]],
    },
    {
      name: 'the same name in another file: the file read first (by path) is the first',
      set: { ...starter(), 'roles/more.yaml': SECOND_ROLE },
      findings: ["roles/more.yaml:4:9 error There is already a Role named 'support-agent' (people.yaml). Rename one of them or merge them."],
      related: [["people.yaml:4:9 The first Role named 'support-agent' is defined here."]],
    },
    {
      name: 'a duplicate while another document fails validation (the rule runs on a partial model)',
      set: edit(addDocs(starter(), 'people.yaml', SECOND_ROLE), 'people.yaml', 'headcount: 3', 'headcount: -1'),
      findings: ["people.yaml:46:9 error There is already a Role named 'support-agent' (people.yaml). Rename one of them or merge them."],
      related: [["people.yaml:4:9 The first Role named 'support-agent' is defined here."]],
    },
  ],
});
