// Chromium requires an icon for a basic notification. The extension ships no
// image files, so this small mark (an orange ring, 48×48 PNG) is a data URL
// generated once; notifications accept data URLs.
export const NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAz0lEQVR4nO3VUQrDMAyD4R5nZ9r92TW250Ghii3JTrCgr83/0UCva3bQPu/XF3mqO/+GRrfDZMPLIOxwK0QdL0O4wiWQqngKInLg06wIVnQW0zJeinCERyA0gGoUQFU8DbE1oDo+jegQjyDOBHS5PgjgFtEpHkEMYAADGMAAfIAtfmTdvsJy/PEAJyJ0fbogUvFHACoRlHgEoEAgZ8IAFMGAoOcsxbsQ0vgVwAom8s4wIIpgPqn4agQlvgJCD3cipPFKiC2cDSkLv9uW0bPkfn6lxJP38bpLAAAAAElFTkSuQmCC';
