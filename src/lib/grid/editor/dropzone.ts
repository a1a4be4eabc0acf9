/** Svelte action: a file dropped onto the node is handed to `onFile`; `dragging` shows a drag. */
export function dropzone(node: HTMLElement, onFile: (file: File) => void) {
	let handle = onFile;
	const over = (e: DragEvent) => {
		e.preventDefault();
		node.classList.add('dragging');
	};
	const leave = () => node.classList.remove('dragging');
	const drop = (e: DragEvent) => {
		e.preventDefault();
		leave();
		const file = e.dataTransfer?.files?.[0];
		if (file) handle(file);
	};
	node.addEventListener('dragover', over);
	node.addEventListener('dragleave', leave);
	node.addEventListener('drop', drop);
	return {
		update(next: (file: File) => void) {
			handle = next;
		},
		destroy() {
			node.removeEventListener('dragover', over);
			node.removeEventListener('dragleave', leave);
			node.removeEventListener('drop', drop);
		}
	};
}
